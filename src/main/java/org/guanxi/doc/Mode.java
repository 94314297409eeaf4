package org.guanxi.doc;

public enum Mode {
    IN_PERSON, VIDEO, PHONE
}
