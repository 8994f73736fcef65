package org.cbec.store.jdbc;

import java.nio.file.Path;

import org.cbec.core.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No two packages of this module need each other, beyond a package and its own internal and spi subpackages. */
class PackageCyclesTest {

    @Test
    void packagesOfThisModuleFormNoCycle() {
        PackageCycles.assertNone(Path.of("target/classes"));
    }
}
