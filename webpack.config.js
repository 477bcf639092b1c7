/*
 * Builds the task pane, the ribbon commands and the standalone page into dist/web, and the standalone
 * page as one self-contained file, dist/kdcl-offline.html. ADDIN_URL=https://host/path/ points the
 * manifest at the server the add-in is deployed to (default: the local server of `npm start`).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { addinBase, manifestAt, AddinUrlError } = require("./scripts/addin-url");
const { OfflinePagePlugin, OFFLINE_CSP, OFFLINE_PAGE } = require("./scripts/offline-page");

/** office.js is loaded from Microsoft's CDN inside Office, as the store requires. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The standalone page (index.html) runs without Office and sends nothing anywhere: everything from
 * this origin only. Griffel (Fluent UI) injects <style> elements, hence 'unsafe-inline' for styles.
 */
const STANDALONE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** The deployment address, or a one-line message and exit code 2 for a wrong one. */
function deploymentBase() {
  try {
    return addinBase(process.env.ADDIN_URL);
  } catch (e) {
    if (!(e instanceof AddinUrlError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
}

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  const base = deploymentBase();
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
      standalone: "./src/standalone/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // swc minifies in a tenth of terser's time, to the same size (the build takes 16 s instead of
      // 37 s, for `npm start` on a new machine as much as for CI). ecma: the sources' own target, so
      // minifying never writes newer syntax than they were compiled to.
      minimizer: [
        new MinimizerPlugin({
          minify: MinimizerPlugin.swcMinify,
          minimizerOptions: { ecma: 2022, compress: true, mangle: true },
        }),
      ],
      splitChunks: {
        cacheGroups: {
          // One shared chunk for exceljs, loaded on demand by the standalone page and the Word pane.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        templateParameters: { officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/standalone/standalone.html",
        chunks: ["standalone"],
        templateParameters: { csp: STANDALONE_CSP },
      }),
      // The same page for the disk: scripts in the body (they run inline, after #root exists).
      new HtmlWebpackPlugin({
        filename: OFFLINE_PAGE,
        template: "./src/standalone/standalone.html",
        chunks: ["standalone"],
        inject: "body",
        scriptLoading: "blocking",
        minify: false,
        templateParameters: { csp: OFFLINE_CSP },
      }),
      new OfflinePagePlugin({
        entry: "standalone",
        html: OFFLINE_PAGE,
        icon: path.resolve(__dirname, "assets/icon-32.png"),
      }),
      {
        // exceljs ships minified (its "browser" build): mark its chunk done so the minimizer, which
        // would spend half the build re-minifying a megabyte for nothing, leaves it alone.
        apply(compiler) {
          const { Compilation } = compiler.webpack;
          compiler.hooks.compilation.tap("PrebuiltExceljs", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "PrebuiltExceljs", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
              (assets) => {
                for (const name of Object.keys(assets)) {
                  if (name.startsWith("exceljs."))
                    compilation.updateAsset(name, (s) => s, { minimized: true });
                }
              },
            );
          });
        },
      },
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestAt(content.toString("utf8"), base),
          },
        ],
      }),
    ],
  };
};
