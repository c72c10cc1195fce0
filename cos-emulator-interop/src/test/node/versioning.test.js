'use strict';
// Bucket versioning through the Node.js SDK: version ids, old versions, delete markers, version listings.
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { client, freshBucket, failure } = require('./support');

const cos = client();
let b;

before(async () => {
  b = await freshBucket(cos, 'versions');
});

test('a versioned bucket keeps every version and a delete writes a marker', async () => {
  assert.deepEqual((await cos.getBucketVersioning(b)).VersioningConfiguration, {});
  await cos.putBucketVersioning({ ...b, VersioningConfiguration: { Status: 'Enabled' } });
  assert.equal((await cos.getBucketVersioning(b)).VersioningConfiguration.Status, 'Enabled');

  const v1 = (await cos.putObject({ ...b, Key: 'doc', Body: 'one' })).headers['x-cos-version-id'];
  const v2 = (await cos.putObject({ ...b, Key: 'doc', Body: 'two' })).headers['x-cos-version-id'];
  assert.ok(v1 && v2 && v1 !== v2);
  assert.equal((await cos.getObject({ ...b, Key: 'doc', VersionId: v1 })).Body.toString(), 'one');
  assert.equal((await cos.headObject({ ...b, Key: 'doc' })).headers['x-cos-version-id'], v2);

  const deleted = await cos.deleteObject({ ...b, Key: 'doc' });
  assert.equal(deleted.headers['x-cos-delete-marker'], 'true');
  const missing = await failure(cos.getObject({ ...b, Key: 'doc' }));
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.headers['x-cos-delete-marker'], 'true');
  const missingHead = await failure(cos.headObject({ ...b, Key: 'doc' }));
  assert.equal(missingHead.headers['x-cos-delete-marker'], 'true');
  assert.deepEqual((await cos.getBucket(b)).Contents, []);

  const listed = await cos.listObjectVersions({ ...b, Prefix: 'doc' });
  assert.deepEqual(listed.DeleteMarkers.map((m) => m.IsLatest), ['true']);
  assert.deepEqual(listed.Versions.map((v) => v.VersionId), [v2, v1]);

  await cos.deleteObject({ ...b, Key: 'doc', VersionId: listed.DeleteMarkers[0].VersionId });
  assert.equal((await cos.getObject({ ...b, Key: 'doc' })).Body.toString(), 'two');
});
