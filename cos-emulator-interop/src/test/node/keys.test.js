'use strict';
// Keys with characters that URL encoding, signing and XML listings each treat differently.
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { client, freshBucket } = require('./support');

const cos = client();
let b;

const AWKWARD = [
  'space and+plus/file name.txt',
  'percent %20 literal/100%.txt',
  'query?hash#amp&eq=semi;colon',
  'unicode/腾讯云/ü é ß/😀.txt',
  'brackets [1] (2) {3} <4>',
  "quotes 'single' \"double\" `back`",
  'tilde~star*bang!at@dollar$comma,',
  'double//slash/./dot/../dots',
  'trailing-slash-folder/',
];

before(async () => {
  b = await freshBucket(cos, 'keys');
});

for (const key of AWKWARD) {
  test(`put, head, get, copy and delete: ${JSON.stringify(key)}`, async () => {
    await cos.putObject({ ...b, Key: key, Body: `body of ${key}` });
    assert.equal((await cos.headObject({ ...b, Key: key })).statusCode, 200);
    assert.equal((await cos.getObject({ ...b, Key: key })).Body.toString(), `body of ${key}`);

    const copy = `copies/${key}`;
    const source = `${b.Bucket}.cos.${b.Region}.myqcloud.com/${encodeURIComponent(key).replace(/%2F/g, '/')}`;
    await cos.putObjectCopy({ ...b, Key: copy, CopySource: source });
    assert.equal((await cos.getObject({ ...b, Key: copy })).Body.toString(), `body of ${key}`);

    await cos.deleteObject({ ...b, Key: copy });
    const gone = await cos.headObject({ ...b, Key: copy }).catch((err) => err);
    assert.equal(gone.statusCode, 404);
  });
}

test('listings return every awkward key exactly, plain and with EncodingType url', async () => {
  for (const key of AWKWARD) {
    await cos.putObject({ ...b, Key: `listed/${key}`, Body: 'x' });
  }
  const expected = AWKWARD.map((k) => `listed/${k}`).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  const plain = await cos.getBucket({ ...b, Prefix: 'listed/' });
  assert.deepEqual(plain.Contents.map((c) => c.Key), expected);
  const encoded = await cos.getBucket({ ...b, Prefix: 'listed/', EncodingType: 'url' });
  assert.deepEqual(encoded.Contents.map((c) => decodeURIComponent(c.Key)), expected);

  const byPrefix = await cos.getBucket({ ...b, Prefix: 'listed/space and+plus/' });
  assert.deepEqual(byPrefix.Contents.map((c) => c.Key), ['listed/space and+plus/file name.txt']);
});

test('deleteMultipleObject deletes awkward keys', async () => {
  const keys = AWKWARD.map((k) => `multi/${k}`);
  for (const key of keys) {
    await cos.putObject({ ...b, Key: key, Body: 'x' });
  }
  const result = await cos.deleteMultipleObject({ ...b, Objects: keys.map((Key) => ({ Key })) });
  assert.deepEqual(result.Deleted.map((d) => d.Key).sort(), [...keys].sort());
  assert.deepEqual((await cos.getBucket({ ...b, Prefix: 'multi/' })).Contents, []);
});
