'use strict';
// COS's error answers as the Node.js SDK surfaces them, and the SDK's own recovery from a skewed clock.
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { client, freshBucket, failure, region } = require('./support');

const cos = client();
let b;

before(async () => {
  b = await freshBucket(cos, 'errors');
  await cos.putObject({ ...b, Key: 'exists', Body: 'present' });
});

test('missing keys, buckets and uploads', async () => {
  const key = await failure(cos.getObject({ ...b, Key: 'absent' }));
  assert.equal(key.statusCode, 404);
  assert.equal(key.code, 'NoSuchKey');
  assert.ok(key.headers['x-cos-request-id']);
  const bucket = await failure(cos.getBucket({ Bucket: 'nosuch-1250000000', Region: region }));
  assert.equal(bucket.code, 'NoSuchBucket');
  const head = await failure(cos.headBucket({ Bucket: 'nosuch-1250000000', Region: region }));
  assert.equal(head.statusCode, 404);
  const upload = await failure(cos.multipartListPart({ ...b, Key: 'exists', UploadId: 'nope' }));
  assert.equal(upload.code, 'NoSuchUpload');
});

test('wrong credentials', async () => {
  const wrongKey = await failure(client({ SecretKey: 'not-the-key' }).getObject({ ...b, Key: 'exists' }));
  assert.equal(wrongKey.code, 'SignatureDoesNotMatch');
  const unknown = await failure(client({ SecretId: 'AKIDnobody' }).getObject({ ...b, Key: 'exists' }));
  assert.equal(unknown.code, 'InvalidAccessKeyId');
});

test('a client whose clock is 20 minutes behind corrects it from "Request has expired" and succeeds', async () => {
  const behind = client({ SystemClockOffset: -20 * 60 * 1000 });
  const got = await behind.getObject({ ...b, Key: 'exists' });
  assert.equal(got.Body.toString(), 'present');
  assert.ok(Math.abs(behind.options.SystemClockOffset) < 60 * 1000, `offset now ${behind.options.SystemClockOffset} ms`);
});

test('preconditions, ranges and invalid requests', async () => {
  const { ETag } = await cos.headObject({ ...b, Key: 'exists' });
  const stale = await failure(cos.getObject({ ...b, Key: 'exists', IfMatch: '"0123456789abcdef0123456789abcdef"' }));
  assert.equal(stale.statusCode, 412);
  const unchanged = await failure(cos.getObject({ ...b, Key: 'exists', IfNoneMatch: ETag }));
  assert.equal(unchanged.statusCode, 304);
  const range = await failure(cos.getObject({ ...b, Key: 'exists', Range: 'bytes=100-200' }));
  assert.equal(range.statusCode, 416);
  const storage = await failure(cos.putObject({ ...b, Key: 'bad-class', Body: 'x', StorageClass: 'FROZEN' }));
  assert.equal(storage.code, 'InvalidArgument');
  const notEmpty = await failure(cos.deleteBucket(b));
  assert.equal(notEmpty.code, 'BucketNotEmpty');
  const exists = await failure(cos.putBucket(b));
  assert.equal(exists.code, 'BucketAlreadyExists');
  const overwrite = await failure(cos.putObject({ ...b, Key: 'exists', Body: 'x', Headers: { 'x-cos-forbid-overwrite': 'true' } }));
  assert.equal(overwrite.statusCode, 409);
  assert.equal((await cos.getObject({ ...b, Key: 'exists' })).Body.toString(), 'present');
});
