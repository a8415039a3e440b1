/**
 * Scale-out: a run's ingest, translate and export steps split into partitions that workers on
 * other machines run ({@code hanbridge worker}), by Spring Batch's remote partitioning over
 * RabbitMQ, with the job repository and the data in PostgreSQL. The manager
 * ({@code hanbridge run --distributed}) sends one request per partition and follows the partitions
 * in the job repository; each worker runs the same steps a single machine runs, on its share.
 *
 * <p>Nothing here is in the context of a plain run: {@link DistributedApplication} is a context of
 * its own, and the broker's auto-configuration is excluded everywhere else.
 */
package dev.hanbridge.app.distributed;
