package org.guanxi.doc;

public enum EntityType {
    PERSON, PLACE, ORGANIZATION
}
