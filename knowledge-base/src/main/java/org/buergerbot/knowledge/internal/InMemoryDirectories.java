package org.buergerbot.knowledge.internal;

import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/** Heap-resident Lucene directories for the indexes that are rebuilt at every start. */
public final class InMemoryDirectories {

    private InMemoryDirectories() {
    }

    /**
     * A {@link ByteBuffersDirectory} that reads each file from one byte array. The default layout (many small
     * buffers) makes every term lookup slice and duplicate buffer lists; on the pipeline benchmark this one
     * cut the allocation per message by a third and the median time by about 12%.
     */
    public static Directory create() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    }
}
