// The types and the server protocol are generated at build time from openapi.yaml by Apple's
// swift-openapi-generator (see openapi-generator-config.yaml); nothing else lives here.
