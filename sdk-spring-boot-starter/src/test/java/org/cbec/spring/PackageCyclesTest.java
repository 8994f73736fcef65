package org.cbec.spring;

import java.nio.file.Path;

import org.cbec.core.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No two packages of this module need each other, beyond a package and its own internal subpackage. */
class PackageCyclesTest {

    @Test
    void packagesOfThisModuleFormNoCycle() {
        PackageCycles.assertNone(Path.of("target/classes"));
    }
}
