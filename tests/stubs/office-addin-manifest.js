// office-addin-mock imports office-addin-manifest, whose ESM-only dependencies jest 30 cannot load.
// The mock never uses it at run time, so an empty module stands in.
module.exports = { OfficeApp: {}, OfficeAddinManifest: {} };
