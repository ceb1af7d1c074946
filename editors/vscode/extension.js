// The Vex extension: for .vx files it runs vex2go lsp, the language server
// of vex2go, through vscode-languageclient.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

async function activate(context) {
  const command = vscode.workspace.getConfiguration("vex2go").get("path", "vex2go");
  client = new LanguageClient(
    "vex2go",
    "vex2go lsp",
    { command, args: ["lsp"] },
    { documentSelector: [{ scheme: "file", language: "vex" }] },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
