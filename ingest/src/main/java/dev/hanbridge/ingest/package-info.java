/** placeholder */ package dev.hanbridge.ingest;
