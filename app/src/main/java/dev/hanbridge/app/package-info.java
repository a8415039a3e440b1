/** placeholder */ package dev.hanbridge.app;
