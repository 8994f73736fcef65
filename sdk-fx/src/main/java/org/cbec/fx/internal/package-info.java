/**
 * Not API: conversion, reconciliation and receipt matching behind {@code CbecFx}, and the built-in rate sources.
 * May change without notice.
 */
package org.cbec.fx.internal;
