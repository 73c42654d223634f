// Validates Kubernetes manifests (YAML files, one or more documents each) against the Kubernetes API's published
// OpenAPI schema: kubernetes-models ships an ajv validator generated from that schema for every API kind, looked
// up here by each document's apiVersion and kind. Prints one line per document ("ok" or its errors) and exits 1
// when any document is invalid, is not YAML, or has a kind the schema does not define.
import { readFile } from "node:fs/promises";
import { parseAllDocuments } from "yaml";

async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9.\/-]+$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) {
    return null;
  }
  try {
    const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
    return module[kind] ?? null;
  } catch {
    return null;
  }
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const documents = parseAllDocuments(await readFile(file, "utf8"), { uniqueKeys: true });
  for (const [index, document] of documents.entries()) {
    const where = `${file}#${index + 1}`;
    if (document.errors.length > 0) {
      failed = true;
      console.log(`${where}: invalid YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const manifest = document.toJS();
    const model = await modelFor(manifest?.apiVersion, manifest?.kind);
    if (model === null) {
      failed = true;
      console.log(`${where}: no schema for apiVersion ${JSON.stringify(manifest?.apiVersion)} kind ${JSON.stringify(manifest?.kind)}`);
      continue;
    }
    try {
      new model(manifest).validate();
      console.log(`${where}: ok (${manifest.apiVersion} ${manifest.kind} ${manifest.metadata?.name ?? ""})`);
    } catch (error) {
      failed = true;
      console.log(`${where}: invalid ${manifest.apiVersion} ${manifest.kind}: ${error.message}`);
    }
  }
}
process.exit(failed ? 1 : 0);
