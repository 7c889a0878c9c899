"""Helpers the folders share: messages, formatting, column sizes, settings, first paint."""
