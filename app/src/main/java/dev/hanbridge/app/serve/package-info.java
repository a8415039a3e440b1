/**
 * {@code hanbridge serve}: runs launched in the background, the inbox on a schedule (one instance
 * at a time across servers sharing a database), and a graceful stop that leaves runs restartable.
 */
package dev.hanbridge.app.serve;
