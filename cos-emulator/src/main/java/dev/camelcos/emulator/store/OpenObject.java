package dev.camelcos.emulator.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** An object's bytes, opened, with the metadata of exactly that version. */
public record OpenObject(ObjectRecord record, InputStream in) implements Closeable {
    @Override
    public void close() throws IOException {
        in.close();
    }
}
