'use strict';
// The seed document's multipart operations, called one by one.
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { client, freshBucket, md5, failure, MiB } = require('./support');

const cos = client();
let b;

before(async () => {
  b = await freshBucket(cos, 'multipart');
});

test('init, upload parts, list parts and uploads, complete', async () => {
  const key = 'parts/object.bin';
  const init = await cos.multipartInit({ ...b, Key: key, ContentType: 'application/x-parts' });
  const uploadId = init.UploadId;
  assert.ok(uploadId);

  const first = crypto.randomBytes(MiB);
  const second = Buffer.from('the last part may be small');
  const p1 = await cos.multipartUpload({ ...b, Key: key, UploadId: uploadId, PartNumber: 1, Body: first });
  const p2 = await cos.multipartUpload({ ...b, Key: key, UploadId: uploadId, PartNumber: 2, Body: second });
  assert.equal(p1.ETag, `"${md5(first)}"`);

  const parts = await cos.multipartListPart({ ...b, Key: key, UploadId: uploadId });
  assert.deepEqual(parts.Part.map((p) => [p.PartNumber, p.Size]), [['1', String(MiB)], ['2', String(second.length)]]);

  const uploads = await cos.multipartList({ ...b, Prefix: 'parts/' });
  assert.deepEqual(uploads.Upload.map((u) => [u.Key, u.UploadId]), [[key, uploadId]]);

  const done = await cos.multipartComplete({ ...b, Key: key, UploadId: uploadId,
    Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] });
  assert.match(done.ETag, /-2"$/);
  const got = await cos.getObject({ ...b, Key: key });
  assert.deepEqual(got.Body, Buffer.concat([first, second]));
  assert.equal(got.headers['content-type'], 'application/x-parts');
  assert.deepEqual((await cos.multipartList({ ...b, Prefix: 'parts/' })).Upload, []);
});

test('a gap in the part numbers is an InvalidPart and nothing is written', async () => {
  const key = 'parts/gap.bin';
  const { UploadId } = await cos.multipartInit({ ...b, Key: key });
  const p1 = await cos.multipartUpload({ ...b, Key: key, UploadId, PartNumber: 1, Body: crypto.randomBytes(MiB) });
  const p3 = await cos.multipartUpload({ ...b, Key: key, UploadId, PartNumber: 3, Body: 'tail' });
  const err = await failure(cos.multipartComplete({ ...b, Key: key, UploadId,
    Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 3, ETag: p3.ETag }] }));
  assert.equal(err.code, 'InvalidPart');
  assert.equal((await failure(cos.headObject({ ...b, Key: key }))).statusCode, 404);
  await cos.multipartAbort({ ...b, Key: key, UploadId });
});

test('uploadPartCopy copies ranges of an object into parts; abort leaves nothing behind', async () => {
  const source = crypto.randomBytes(MiB + 100);
  await cos.putObject({ ...b, Key: 'parts/source', Body: source });
  const copySource = `${b.Bucket}.cos.${b.Region}.myqcloud.com/parts/source`;
  const key = 'parts/copied';
  const { UploadId } = await cos.multipartInit({ ...b, Key: key });
  const c1 = await cos.uploadPartCopy({ ...b, Key: key, UploadId, PartNumber: 1, CopySource: copySource,
    CopySourceRange: `bytes=0-${MiB - 1}` });
  const c2 = await cos.uploadPartCopy({ ...b, Key: key, UploadId, PartNumber: 2, CopySource: copySource,
    CopySourceRange: `bytes=${MiB}-${MiB + 99}` });
  await cos.multipartComplete({ ...b, Key: key, UploadId,
    Parts: [{ PartNumber: 1, ETag: c1.ETag }, { PartNumber: 2, ETag: c2.ETag }] });
  assert.deepEqual((await cos.getObject({ ...b, Key: key })).Body, source);

  const aborted = await cos.multipartInit({ ...b, Key: 'parts/aborted' });
  await cos.multipartUpload({ ...b, Key: 'parts/aborted', UploadId: aborted.UploadId, PartNumber: 1, Body: 'x' });
  await cos.multipartAbort({ ...b, Key: 'parts/aborted', UploadId: aborted.UploadId });
  const gone = await failure(cos.multipartListPart({ ...b, Key: 'parts/aborted', UploadId: aborted.UploadId }));
  assert.equal(gone.code, 'NoSuchUpload');
  assert.deepEqual((await cos.multipartList({ ...b, Prefix: 'parts/aborted' })).Upload, []);
});
