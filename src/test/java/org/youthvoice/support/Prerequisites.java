package org.youthvoice.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The programs and scripts the browser tests need from outside Maven: a missing one fails the test, naming the fix. */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** Fails unless {@code path} is a readable file, with a message naming what it is and how to install it. */
    public static Path require(Path path, String what, String install) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new AssertionError(what + " not found at " + path.toAbsolutePath() + ". Install it with: " + install
                    + " (the browser tests, mvn test -Pbrowser, never skip without it)");
        }
        return path;
    }

    /** A path given by a system property, or its default relative to the project root (where Maven runs the tests). */
    public static Path fromProperty(String property, String defaultPath) {
        return Path.of(System.getProperty(property, defaultPath));
    }
}
