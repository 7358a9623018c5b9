package com.incidentreports.platform.web;

import com.incidentreports.platform.Language;

import java.util.Optional;

/** The language the signed-in person chose to read in, if they chose one (provided by the people feature). */
public interface LanguagePreference {

    Optional<Language> chosen();
}
