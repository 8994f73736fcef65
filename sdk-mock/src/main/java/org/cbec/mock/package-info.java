/**
 * The mock Single Window: {@link org.cbec.mock.MockSingleWindow} checks what it receives as customs would and
 * answers with receipts on a timeline; {@link org.cbec.mock.MockSingleWindowExtension} injects one into JUnit 5
 * tests.
 */
package org.cbec.mock;
