package com.incidentreports.servicelog;

import com.incidentreports.identity.Person;

import java.io.Serializable;
import java.util.List;

/**
 * A service as its log page, the admins' page and the API show it: with its owners, whether it is archived, its
 * version (to change it) and the number of published reports in its log.
 */
public record ServiceDetails(long id, long version, String slug, String name, String description, boolean archived,
                             List<Person> owners, long reportCount) implements Serializable {
}
