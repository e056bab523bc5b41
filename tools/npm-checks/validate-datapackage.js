// Validates an unzipped open-data package with the Frictionless datapackage library: the descriptor against the
// Tabular Data Package profile, every row against its schema (types, missing values), primary keys unique and
// foreign keys resolved. Prints one JSON line {"resources": n, "rows": n, "errors": [...]} and exits 1 on any error.
const { Package } = require('datapackage');

async function main(descriptorPath) {
  const errors = [];
  let rows = 0;
  const dataPackage = await Package.load(descriptorPath);
  if (!dataPackage.valid) {
    dataPackage.errors.forEach(e => errors.push(`descriptor: ${e.message}`));
  }
  for (const resource of dataPackage.resources) {
    try {
      // relations: true resolves every foreign key against the referenced resource; a missing one throws
      const read = await resource.read({ keyed: true, relations: true });
      rows += read.length;
    } catch (e) {
      const details = (e.errors || []).slice(0, 5).map(d => d.message);
      errors.push(`${resource.name}: ${e.message}${details.length ? ' ' + details.join('; ') : ''}`);
    }
  }
  console.log(JSON.stringify({ resources: dataPackage.resources.length, rows, errors }));
  process.exit(errors.length ? 1 : 0);
}

main(process.argv[2]).catch(e => {
  console.log(JSON.stringify({ resources: 0, rows: 0, errors: [String(e && e.message || e)] }));
  process.exit(1);
});
