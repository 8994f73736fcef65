/**
 * The mock Single Window: a local stand-in for the customs exchange platform that test teams run standalone or
 * embedded in JUnit 5 tests.
 *
 * <p>Not implemented yet: this module is a placeholder until its issue is taken up.
 */
package org.cbec.mock;
