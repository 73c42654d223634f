// Placeholder until the target host lands: the foundation work item replaces this file.
return 0;
