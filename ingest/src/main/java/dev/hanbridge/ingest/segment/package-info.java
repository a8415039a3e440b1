/** Korean sentence segmentation: splits a block's text into the segments that are translated one by one. */
package dev.hanbridge.ingest.segment;
