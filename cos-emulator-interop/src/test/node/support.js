'use strict';
// What every interop test file shares: a client aimed at the emulator, a bucket of its own, temp files.
const COS = require('cos-nodejs-sdk-v5');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const address = process.env.COS_EMULATOR_ADDRESS;
if (!address) {
  throw new Error('COS_EMULATOR_ADDRESS (host:port of a running cos-emulator) is not set');
}
const secretId = process.env.COS_SECRET_ID || 'AKIDemulator';
const secretKey = process.env.COS_SECRET_KEY || 'emulator-secret-key';
const region = process.env.COS_REGION || 'ap-guangzhou';

/** A client that keeps COS's virtual-hosted names but connects to the emulator, as a user would point it. */
function client(options = {}) {
  return new COS({ SecretId: secretId, SecretKey: secretKey, Protocol: 'http:', Ip: address, ...options });
}

/** Creates a bucket no other test file uses and returns the Bucket/Region pair every call takes. */
async function freshBucket(cos, name) {
  const bucket = { Bucket: `${name}${crypto.randomInt(1e9)}-1250000000`, Region: region };
  await cos.putBucket(bucket);
  return bucket;
}

/** Writes size random bytes to a temp file; returns its path and content. */
function tempFile(size, name = 'file') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cos-interop-'));
  const file = path.join(dir, name);
  const data = crypto.randomBytes(size);
  fs.writeFileSync(file, data);
  return { file, data, dir };
}

function md5(data) {
  return crypto.createHash('md5').update(data).digest('hex');
}

/** Resolves with the rejection of a call that must fail, so its COS error can be checked. */
async function failure(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Polls until check() returns a truthy value; fails after the deadline rather than waiting forever. */
async function eventually(check, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const MiB = 1024 * 1024;

module.exports = { client, freshBucket, tempFile, md5, failure, eventually, region, MiB };
