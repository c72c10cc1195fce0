'use strict';
// The SDK's advanced transfer APIs: uploadFile, sliceUploadFile (and resuming it), sliceCopyFile, uploadFiles,
// and the task queue's pause, restart and cancel.
const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { client, freshBucket, tempFile, md5, eventually, MiB } = require('./support');

// 1 MiB parts, one at a time, so that a task can be stopped between parts
const cos = client({ ChunkParallelLimit: 1, ChunkSize: MiB, ProgressInterval: 0 });
let b;

before(async () => {
  b = await freshBucket(cos, 'advanced');
});

async function content(key) {
  return (await cos.getObject({ ...b, Key: key })).Body;
}

async function unfinishedUploads(prefix) {
  return (await cos.multipartList({ ...b, Prefix: prefix })).Upload;
}

test('uploadFile puts small files whole and slices large ones', async () => {
  const small = tempFile(1000);
  const large = tempFile(2 * MiB + 17);
  const progress = [];
  const simple = await cos.uploadFile({ ...b, Key: 'upload/small', FilePath: small.file, SliceSize: MiB });
  const sliced = await cos.uploadFile({ ...b, Key: 'upload/large', FilePath: large.file, SliceSize: MiB,
    onProgress: (info) => progress.push(info.percent) });
  assert.equal(simple.ETag, `"${md5(small.data)}"`);
  assert.match(sliced.ETag, /-3"$/);
  assert.deepEqual(await content('upload/small'), small.data);
  assert.deepEqual(await content('upload/large'), large.data);
  assert.equal(progress.at(-1), 1);
  assert.deepEqual(await unfinishedUploads('upload/'), []);
});

test('sliceUploadFile resumes a cancelled upload, reusing the parts already uploaded', async () => {
  const { file, data } = tempFile(4 * MiB);
  const key = 'slice/resumed';
  let taskId;
  // the cancelled task never calls back, so it is only started, not awaited
  cos.sliceUploadFile({ ...b, Key: key, FilePath: file, onTaskReady: (id) => { taskId = id; } }, () => {});
  const uploadId = await eventually(async () => {
    const uploads = await unfinishedUploads(key);
    if (uploads.length !== 1) {
      return null;
    }
    const parts = await cos.multipartListPart({ ...b, Key: key, UploadId: uploads[0].UploadId });
    return parts.Part.length >= 1 ? uploads[0].UploadId : null;
  }, 'the first part of the upload');
  cos.cancelTask(taskId);

  let firstLoaded;
  const resumed = await cos.sliceUploadFile({ ...b, Key: key, FilePath: file,
    onProgress: (info) => { if (info.loaded > 0) firstLoaded ??= info.loaded; } });
  assert.match(resumed.ETag, /-4"$/);
  assert.deepEqual(await content(key), data);
  assert.ok(firstLoaded >= MiB, `the resumed upload started from the uploaded parts (first progress ${firstLoaded} bytes)`);
  // it completed the upload it had started rather than a new one, so none is left behind
  assert.deepEqual(await unfinishedUploads(key), []);
  assert.ok(uploadId);
});

test('a paused task restarts and completes', async () => {
  const { file, data } = tempFile(3 * MiB);
  const key = 'task/paused';
  let taskId;
  let paused = false;
  const finished = new Promise((resolve, reject) => {
    cos.uploadFile({ ...b, Key: key, FilePath: file, SliceSize: MiB,
      onTaskReady: (id) => { taskId = id; },
      onProgress: (info) => {
        if (!paused && info.loaded > 0) {
          paused = true;
          cos.pauseTask(taskId);
          setImmediate(() => {
            assert.equal(cos.getTaskList().find((t) => t.id === taskId).state, 'paused');
            cos.restartTask(taskId);
          });
        }
      } }, (err, result) => (err ? reject(err) : resolve(result)));
  });
  const result = await finished;
  assert.ok(paused);
  assert.match(result.ETag, /-3"$/);
  assert.deepEqual(await content(key), data);
});

test('a cancelled task never writes the object', async () => {
  const { file } = tempFile(3 * MiB);
  const key = 'task/cancelled';
  let taskId;
  cos.uploadFile({ ...b, Key: key, FilePath: file, SliceSize: MiB, onTaskReady: (id) => { taskId = id; } }, () => {});
  await eventually(() => taskId && cos.getTaskList().some((t) => t.id === taskId), 'the task to be queued');
  cos.cancelTask(taskId);
  assert.equal(cos.getTaskList().find((t) => t.id === taskId).state, 'canceled');
  await eventually(async () => !cos.isUploadRunning(), 'the queue to settle');
  const head = await cos.headObject({ ...b, Key: key }).catch((err) => err);
  assert.equal(head.statusCode, 404);
});

test('sliceCopyFile copies a large object in parts, and a small one in one request', async () => {
  const { data } = tempFile(2 * MiB + 5);
  await cos.putObject({ ...b, Key: 'copy/large-source', Body: data });
  await cos.putObject({ ...b, Key: 'copy/small-source', Body: 'small' });
  const host = `${b.Bucket}.cos.${b.Region}.myqcloud.com`;
  const sliced = await cos.sliceCopyFile({ ...b, Key: 'copy/large-target', CopySource: `${host}/copy/large-source`,
    CopySliceSize: MiB, CopyChunkSize: MiB });
  assert.match(sliced.ETag, /-3"$/);
  assert.deepEqual(await content('copy/large-target'), data);
  await cos.sliceCopyFile({ ...b, Key: 'copy/small-target', CopySource: `${host}/copy/small-source`, CopySliceSize: MiB });
  assert.equal((await content('copy/small-target')).toString(), 'small');
  assert.deepEqual(await unfinishedUploads('copy/'), []);
});

test('uploadFiles uploads a batch and reports each file', async () => {
  const files = [tempFile(10, 'a.txt'), tempFile(MiB + 1, 'b.bin'), tempFile(0, 'empty')];
  const finishedKeys = [];
  const result = await cos.uploadFiles({
    files: files.map((f) => ({ ...b, Key: `batch/${path.basename(f.file)}`, FilePath: f.file })),
    SliceSize: MiB,
    onFileFinish: (err, data, options) => { assert.ifError(err); finishedKeys.push(options.Key); },
  });
  assert.equal(result.files.length, 3);
  assert.deepEqual(finishedKeys.sort(), ['batch/a.txt', 'batch/b.bin', 'batch/empty']);
  for (const f of files) {
    assert.deepEqual(await content(`batch/${path.basename(f.file)}`), fs.readFileSync(f.file));
  }
});
