/** placeholder */ package dev.hanbridge.export;
