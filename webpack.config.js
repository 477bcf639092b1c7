/* Builds the task pane and the ribbon commands into dist/web. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** office.js is loaded from Microsoft's CDN inside Office, as the store requires. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
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
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
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
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
  };
};
