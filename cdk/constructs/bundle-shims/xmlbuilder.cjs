// Stands in for xmlbuilder in the Lambda bundles (cdk/constructs/bundling.ts BUNDLE_ALIASES): xml2js
// requires it at load for its Builder, which sozwatch never uses (rss-parser only parses); ~67 KB saved.
'use strict';

function unavailable() {
  throw new Error('xml2js.Builder is not bundled in sozwatch Lambdas (see cdk/constructs/bundling.ts): only XML parsing is');
}

module.exports = { create: unavailable, begin: unavailable, stringWriter: unavailable, streamWriter: unavailable };
