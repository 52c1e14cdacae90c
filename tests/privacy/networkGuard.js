/**
 * A --require preload for the "no socket" test: every way Node opens a network connection or
 * asks DNS — net, http, https, tls, http2, dgram, dns, fetch and WebSocket — throws, and each
 * attempt is appended to the file named by NETWORK_GUARD_LOG (one line per attempt), so a caller
 * that swallows the exception is still caught.
 */
"use strict";
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");

const log = process.env.NETWORK_GUARD_LOG;

function refuse(what) {
  return function refused() {
    const line = `${what}(${Array.from(arguments, (a) => (typeof a === "string" ? a : typeof a)).join(", ")})`;
    if (log) fs.appendFileSync(log, `${line}\n`);
    throw new Error(`network access refused in this test: ${line}`);
  };
}

function stub(moduleName, names) {
  const mod = require(moduleName);
  for (const name of names) if (typeof mod[name] === "function") mod[name] = refuse(`${moduleName}.${name}`);
  return mod;
}

const net = stub("net", ["connect", "createConnection", "createServer"]);
net.Socket.prototype.connect = refuse("net.Socket.connect");
net.Server.prototype.listen = refuse("net.Server.listen");
stub("http", ["request", "get", "createServer"]);
stub("https", ["request", "get", "createServer"]);
stub("tls", ["connect", "createServer"]);
stub("http2", ["connect", "createServer", "createSecureServer"]);
stub("dgram", ["createSocket"]);
const dns = stub("dns", ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"]);
for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"]) {
  if (dns.promises && typeof dns.promises[name] === "function") dns.promises[name] = refuse(`dns.promises.${name}`);
}
if (typeof globalThis.fetch === "function") globalThis.fetch = refuse("fetch");
if (typeof globalThis.WebSocket === "function") globalThis.WebSocket = refuse("WebSocket");
