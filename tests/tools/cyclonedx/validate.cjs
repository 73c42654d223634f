// Validates CycloneDX JSON documents against the official schema of the version each declares (specVersion),
// in its strict form (no unknown properties), with @cyclonedx/cyclonedx-library's validator (ajv and the
// schemas that package ships). Prints "valid: FILE" or the schema errors, and exits 0 when every file is valid,
// 1 when one is not, 2 on usage errors.
const { readFileSync } = require("node:fs");
const { Spec, Validation } = require("@cyclonedx/cyclonedx-library");

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node validate.cjs <bom.cdx.json>...");
    return 2;
  }
  let invalid = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    let version;
    try {
      version = JSON.parse(text).specVersion;
    } catch (e) {
      console.log(`${file}: not JSON: ${e.message}`);
      invalid++;
      continue;
    }
    if (!Object.values(Spec.Version).includes(version)) {
      console.log(`${file}: unknown specVersion ${JSON.stringify(version)}`);
      invalid++;
      continue;
    }
    const errors = await new Validation.JsonStrictValidator(version).validate(text);
    if (errors === null) console.log(`valid: ${file}`);
    else {
      console.log(`${file}: invalid CycloneDX ${version}:\n${JSON.stringify(errors, null, 2)}`);
      invalid++;
    }
  }
  return invalid === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(code => process.exit(code), e => {
  console.error(e.stack || String(e));
  process.exit(2);
});
