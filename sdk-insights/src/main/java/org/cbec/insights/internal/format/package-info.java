/** Text, JSON and CSV writing shared by the statistics, scorecard and risk writers. Not API. */
package org.cbec.insights.internal.format;
