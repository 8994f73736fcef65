/** Implementation of sdk-tax; not an API, may change in any release. */
package org.cbec.tax.internal;
