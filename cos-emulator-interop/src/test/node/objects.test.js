'use strict';
// The seed document's simple operations, as its samples call them.
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Readable } = require('node:stream');
const { client, freshBucket, tempFile, failure } = require('./support');

const cos = client();
let b;

before(async () => {
  b = await freshBucket(cos, 'objects');
});

test('putObject, headObject and getObject keep the bytes and the metadata', async () => {
  const put = await cos.putObject({
    ...b, Key: 'simple/hello.txt', Body: 'hello world!', ContentType: 'text/plain',
    CacheControl: 'max-age=60', ContentDisposition: 'attachment; filename="h.txt"', Headers: { 'x-cos-meta-colour': 'blue' },
  });
  assert.equal(put.statusCode, 200);
  assert.equal(put.ETag, '"fc3ff98e8c6a0d3087d515c0473f8677"');
  assert.equal(put.headers['x-cos-hash-crc64ecma'], '9548687815775124833');

  const head = await cos.headObject({ ...b, Key: 'simple/hello.txt' });
  assert.equal(head.headers['content-length'], '12');
  assert.equal(head.headers['content-type'], 'text/plain');
  assert.equal(head.headers['cache-control'], 'max-age=60');
  assert.equal(head.headers['x-cos-meta-colour'], 'blue');

  const got = await cos.getObject({ ...b, Key: 'simple/hello.txt' });
  assert.equal(got.Body.toString(), 'hello world!');
  assert.equal(got.headers['content-disposition'], 'attachment; filename="h.txt"');

  const ranged = await cos.getObject({ ...b, Key: 'simple/hello.txt', Range: 'bytes=6-10' });
  assert.equal(ranged.statusCode, 206);
  assert.equal(ranged.Body.toString(), 'world');

  const overridden = await cos.getObject({ ...b, Key: 'simple/hello.txt', ResponseContentType: 'application/x-test' });
  assert.equal(overridden.headers['content-type'], 'application/x-test');
});

test('getObject writes to a file with Output, putObject reads a stream', async () => {
  const { data, dir } = tempFile(64 * 1024);
  await cos.putObject({ ...b, Key: 'simple/stream.bin', Body: Readable.from([data]), ContentLength: data.length });
  const target = path.join(dir, 'downloaded');
  await cos.getObject({ ...b, Key: 'simple/stream.bin', Output: fs.createWriteStream(target) });
  assert.deepEqual(fs.readFileSync(target), data);
});

test('getBucket lists with Prefix, Delimiter and paging by Marker', async () => {
  for (const key of ['list/a/1', 'list/a/2', 'list/b', 'list/c', 'list/d']) {
    await cos.putObject({ ...b, Key: key, Body: key });
  }
  const grouped = await cos.getBucket({ ...b, Prefix: 'list/', Delimiter: '/' });
  assert.deepEqual(grouped.CommonPrefixes.map((p) => p.Prefix), ['list/a/']);
  assert.deepEqual(grouped.Contents.map((c) => c.Key), ['list/b', 'list/c', 'list/d']);
  assert.equal(grouped.Contents[0].Size, '6');

  const keys = [];
  let marker = '';
  for (let page = 0; page < 10; page++) {
    const listed = await cos.getBucket({ ...b, Prefix: 'list/', MaxKeys: 2, Marker: marker });
    keys.push(...listed.Contents.map((c) => c.Key));
    if (listed.IsTruncated !== 'true') {
      break;
    }
    marker = listed.NextMarker;
  }
  assert.deepEqual(keys, ['list/a/1', 'list/a/2', 'list/b', 'list/c', 'list/d']);
});

test('optionsObject answers from the bucket CORS rules, and actual requests get the CORS headers', async () => {
  await cos.putBucketCors({
    ...b,
    CORSRules: [{ AllowedOrigin: ['https://*.example.com'], AllowedMethod: ['GET', 'PUT'], AllowedHeader: ['*'],
      ExposeHeader: ['ETag'], MaxAgeSeconds: '600' }],
  });
  await cos.putObject({ ...b, Key: 'cors/page.html', Body: '<p>' });
  const preflight = await cos.optionsObject({ ...b, Key: 'cors/page.html', Origin: 'https://app.example.com',
    AccessControlRequestMethod: 'PUT', AccessControlRequestHeaders: 'content-type' });
  assert.equal(preflight.statusCode, 200);
  assert.equal(preflight.AccessControlAllowOrigin, 'https://app.example.com');
  assert.equal(preflight.AccessControlMaxAge, '600');

  const refused = await cos.optionsObject({ ...b, Key: 'cors/page.html', Origin: 'https://evil.test',
    AccessControlRequestMethod: 'GET' });
  assert.equal(refused.OptionsForbidden, true);

  const actual = await cos.getObject({ ...b, Key: 'cors/page.html', Headers: { Origin: 'https://app.example.com' } });
  assert.equal(actual.headers['access-control-allow-origin'], 'https://app.example.com');
  assert.equal(actual.headers['access-control-expose-headers'], 'ETag');
});

test('putObjectCopy copies the metadata, not the storage class, and refuses a copy onto itself without Replaced', async () => {
  await cos.putObject({ ...b, Key: 'copy/source', Body: 'copy me', StorageClass: 'STANDARD_IA',
    Headers: { 'x-cos-meta-origin': 'source' } });
  const source = `${b.Bucket}.cos.${b.Region}.myqcloud.com/copy/source`;
  const copied = await cos.putObjectCopy({ ...b, Key: 'copy/target', CopySource: source });
  assert.equal(copied.statusCode, 200);
  const head = await cos.headObject({ ...b, Key: 'copy/target' });
  assert.equal(head.headers['x-cos-meta-origin'], 'source');
  assert.equal(head.headers['x-cos-storage-class'], undefined);
  assert.equal((await cos.getObject({ ...b, Key: 'copy/target' })).Body.toString(), 'copy me');

  const self = await failure(cos.putObjectCopy({ ...b, Key: 'copy/source', CopySource: source }));
  assert.equal(self.statusCode, 400);
  await cos.putObjectCopy({ ...b, Key: 'copy/source', CopySource: source, MetadataDirective: 'Replaced',
    ContentType: 'text/plain' });
  assert.equal((await cos.headObject({ ...b, Key: 'copy/source' })).headers['content-type'], 'text/plain');
});

test('deleteObject and deleteMultipleObject remove objects; missing keys count as deleted', async () => {
  for (const key of ['del/1', 'del/2', 'del/3']) {
    await cos.putObject({ ...b, Key: key, Body: key });
  }
  assert.equal((await cos.deleteObject({ ...b, Key: 'del/1' })).statusCode, 204);
  const multi = await cos.deleteMultipleObject({ ...b, Objects: [{ Key: 'del/2' }, { Key: 'del/3' }, { Key: 'del/absent' }] });
  assert.deepEqual(multi.Deleted.map((d) => d.Key).sort(), ['del/2', 'del/3', 'del/absent']);
  assert.deepEqual(multi.Error, []);
  const left = await cos.getBucket({ ...b, Prefix: 'del/' });
  assert.deepEqual(left.Contents, []);
});

test('restoreObject makes an ARCHIVE object readable', async () => {
  await cos.putObject({ ...b, Key: 'cold/archive', Body: 'frozen', StorageClass: 'ARCHIVE' });
  const before = await failure(cos.getObject({ ...b, Key: 'cold/archive' }));
  assert.equal(before.code, 'InvalidObjectState');
  const restored = await cos.restoreObject({ ...b, Key: 'cold/archive', RestoreRequest: { Days: 1,
    CASJobParameters: { Tier: 'Expedited' } } });
  assert.equal(restored.statusCode, 202);
  assert.equal((await cos.getObject({ ...b, Key: 'cold/archive' })).Body.toString(), 'frozen');
  const warm = await failure(cos.restoreObject({ ...b, Key: 'del/none', RestoreRequest: { Days: 1 } }));
  assert.equal(warm.statusCode, 404);
});
