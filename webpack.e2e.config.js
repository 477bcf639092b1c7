/*
 * The fake Office/Excel API as one browser script, dist/e2e/fake-office.js, which the browser tests
 * serve in place of office.js (test/fakes/office/browser.ts). Built by the tests themselves through
 * webpack's Node API (test/e2e/excel/fake-bundle.ts); by hand: npx webpack -c webpack.e2e.config.js
 *
 * Development mode without source maps and a filesystem cache: the bundle is small, and a build with a
 * warm cache takes well under a second, so every test run can afford to make sure it is current.
 */
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: { "fake-office": "./test/fakes/office/browser.ts" },
  context: __dirname,
  output: {
    path: path.resolve(__dirname, "dist/e2e"),
    filename: "[name].js",
    // A plain script, like office.js: runs at once when the page loads it.
    iife: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
      },
    ],
  },
  cache: {
    type: "filesystem",
    cacheDirectory: path.resolve(__dirname, "node_modules/.cache/webpack-e2e"),
    buildDependencies: { config: [__filename] },
  },
  performance: { hints: false },
  infrastructureLogging: { level: "warn" },
  stats: "errors-warnings",
};
