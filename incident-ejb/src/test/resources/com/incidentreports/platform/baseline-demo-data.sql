-- The demo data (demo/DemoData) as it stands in a database at the migration baseline (see MigrationBaseline): the
-- rows the server writes into an empty database, read back as INSERT statements that H2 and PostgreSQL both take.
-- It changes only when the baseline moves forward.
insert into app_user (id, username, display_name, created_at, last_sign_in_at, version)
values (1, 'author', 'Alex Author', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into app_user (id, username, display_name, created_at, last_sign_in_at, version)
values (2, 'Sankalan13', 'Sankalan', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into app_user (id, username, display_name, created_at, last_sign_in_at, version)
values (3, 'gja', 'gja', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into app_user (id, username, display_name, created_at, last_sign_in_at, version)
values (4, 'manish', 'Manish', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into app_user (id, username, display_name, created_at, last_sign_in_at, version)
values (5, 'qalead', 'Quinn (QA lead)', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into service (id, name, slug, description, created_at, version)
values (1, 'Slash GraphQL', 'slash-graphql', 'Hosted GraphQL backend: API, API Explorer, sign-up and billing.', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into service (id, name, slug, description, created_at, version)
values (2, 'API Explorer', 'api-explorer', 'The in-browser GraphQL explorer and its Docs section.', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into service (id, name, slug, description, created_at, version)
values (3, 'Billing and Credits', 'billing-and-credits', 'Credits, invoices and payment processing.', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into service (id, name, slug, description, created_at, version)
values (4, 'Identity and Sign-in', 'identity-and-sign-in', 'Sign-up, invitations, OAuth and password logins.', timestamp with time zone '2026-11-02 08:00:00+00', 0);
insert into report (id, title, service_id, severity, status, started_at, ended_at, affected_users, incident_md, cause_md, affected_md, prevention_md, created_at, updated_at, updated_by, published_at, version, incident_html, cause_html, affected_html, prevention_html, restricted)
values (1, 'Introspection query broken during the gRPC release', 1, 'SEV2', 'PUBLISHED', timestamp with time zone '2020-07-28 10:00:00+00', timestamp with time zone '2020-07-28 11:10:00+00', 'All users of the Slash GraphQL service between 3:30 pm and 4:40 pm IST.', 'During release of gRPC changes, midway we realised that the **Introspection Query** was broken because of which the *Docs* section in API Explorer was not loading and GraphQL clients like Altair were throwing a `no schema added` error.', 'During the release, we updated the Alpha image with the `slash` tag. We assumed that this would be the most recent master. Our assumption was wrong and that caused an old bug (that was fixed in the latest master) to show up in production.', 'All users who were using the Slash GraphQL service between 3:30 pm IST - 4:40 pm IST were affected by this incident. The incident lasted a bit over an hour.', 'There are two things that we will do to make sure this does not happen again.

1. We will check the slash image build date before we update the Alpha images, deploy it in staging and thoroughly test it for any kind of regression.
2. We will be adding the introspection query as part of our API Test suite that will run on our CI. If the query fails, we will know about it.', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 1, timestamp with time zone '2020-07-28 13:30:00+00', 0, '<p>During release of gRPC changes, midway we realised that the <strong>Introspection Query</strong> was broken because of which the <em>Docs</em> section in API Explorer was not loading and GraphQL clients like Altair were throwing a <code>no schema added</code> error.</p>
', '<p>During the release, we updated the Alpha image with the <code>slash</code> tag. We assumed that this would be the most recent master. Our assumption was wrong and that caused an old bug (that was fixed in the latest master) to show up in production.</p>
', '<p>All users who were using the Slash GraphQL service between 3:30 pm IST - 4:40 pm IST were affected by this incident. The incident lasted a bit over an hour.</p>
', '<p>There are two things that we will do to make sure this does not happen again.</p>
<ol><li>We will check the slash image build date before we update the Alpha images, deploy it in staging and thoroughly test it for any kind of regression.</li><li>We will be adding the introspection query as part of our API Test suite that will run on our CI. If the query fails, we will know about it.</li></ol>
', false);
insert into report (id, title, service_id, severity, status, started_at, ended_at, users_affected, affected_users, compensation, incident_md, cause_md, affected_md, prevention_md, created_at, updated_at, updated_by, published_at, version, incident_html, cause_html, affected_html, prevention_html, restricted)
values (2, 'Invited sign-ups got zero credits after the OAuth release', 1, 'SEV3', 'PUBLISHED', timestamp with time zone '2020-07-29 18:30:00+00', timestamp with time zone '2020-08-04 18:30:00+00', 1, 'Users who signed up on Slash with an invite between 30th July and 5th August. One user was verified to have faced the problem.', '10K credits to the affected user', 'When releasing OAuth logins, we introduced an error: users signing up with an invite were unable to view or use their credits (as it was set to zero).', 'We missed a use-case when testing/implementing the OAuth changes and our regression suite was unable to capture the error. We did not run this scenario manually as well. The case was assumed to be covered in our automation suite, so no further tests were done manually.', 'All the users who signed up on Slash with an invite between 30th July - 5th August were affected by this incident. We were able to verify that a single user faced this problem. The reported problem has now been fixed and the user has been provided with 10K credits.', '- Add more tests on both **unit test** level and **end to end** level to be able to automatically catch such issues.
- Improved vigilance on regression test cases is required for all manual test runs.', timestamp with time zone '2026-11-02 08:00:00+00', timestamp with time zone '2026-11-02 08:00:00+00', 2, timestamp with time zone '2020-08-05 12:30:00+00', 0, '<p>When releasing OAuth logins, we introduced an error: users signing up with an invite were unable to view or use their credits (as it was set to zero).</p>
', '<p>We missed a use-case when testing/implementing the OAuth changes and our regression suite was unable to capture the error. We did not run this scenario manually as well. The case was assumed to be covered in our automation suite, so no further tests were done manually.</p>
', '<p>All the users who signed up on Slash with an invite between 30th July - 5th August were affected by this incident. We were able to verify that a single user faced this problem. The reported problem has now been fixed and the user has been provided with 10K credits.</p>
', '<ul><li>Add more tests on both <strong>unit test</strong> level and <strong>end to end</strong> level to be able to automatically catch such issues.</li><li>Improved vigilance on regression test cases is required for all manual test runs.</li></ul>
', false);
insert into report_author (report_id, user_id)
values (1, 1);
insert into report_author (report_id, user_id)
values (2, 2);
insert into report_comment (id, report_id, depth, author_id, body_md, mentions, status, created_at, version, body_html)
values (1, 2, 0, 4, 'Thanks for the write-up. I''m concerned that this was not tested manually by @gja and/or @Sankalan13.', 'gja Sankalan13', 'VISIBLE', timestamp with time zone '2020-08-05 13:42:00+00', 0, '<p>Thanks for the write-up. I&#39;m concerned that this was not tested manually by <a href="/people/gja" rel="noopener noreferrer nofollow">&#64;gja</a> and/or <a href="/people/Sankalan13" rel="noopener noreferrer nofollow">&#64;Sankalan13</a>.</p>
');
insert into report_comment (id, report_id, parent_id, thread_id, depth, author_id, body_md, status, created_at, version, body_html)
values (2, 2, 1, 1, 1, 2, 'Hey Manish,
It was a miss on my end. I did not add invite signup as a part of test run for OAuth changes. I will make sure that these critical parts are properly tested before release.
Again, apologies to the users for the negligence.', 'VISIBLE', timestamp with time zone '2020-08-05 14:33:00+00', 0, '<p>Hey Manish,<br />It was a miss on my end. I did not add invite signup as a part of test run for OAuth changes. I will make sure that these critical parts are properly tested before release.<br />Again, apologies to the users for the negligence.</p>
');
insert into report_comment (id, report_id, parent_id, thread_id, depth, author_id, body_md, mentions, status, created_at, version, body_html)
values (3, 2, 2, 1, 2, 4, 'Thanks @Sankalan13 for owning up to that, but it''s the entire team that needs to take responsibility over here. This is a slip up on multiple points, including

- Automated coverage didn''t pick this up
- Ensuring everyone in the team understands all the points of integration so that they can test
- More thorough code review
- Following the post deploy sanity more thoroughly

So there are lessons for everyone here.', 'Sankalan13', 'VISIBLE', timestamp with time zone '2020-08-06 04:15:00+00', 0, '<p>Thanks <a href="/people/Sankalan13" rel="noopener noreferrer nofollow">&#64;Sankalan13</a> for owning up to that, but it&#39;s the entire team that needs to take responsibility over here. This is a slip up on multiple points, including</p>
<ul><li>Automated coverage didn&#39;t pick this up</li><li>Ensuring everyone in the team understands all the points of integration so that they can test</li><li>More thorough code review</li><li>Following the post deploy sanity more thoroughly</li></ul>
<p>So there are lessons for everyone here.</p>
');
insert into post_like (id, user_id, comment_id, created_at)
values (1, 4, 2, timestamp with time zone '2020-08-05 15:00:00+00');
insert into report_watch (id, report_id, user_id, watching, version)
values (1, 2, 4, true, 0);
insert into report_watch (id, report_id, user_id, watching, version)
values (2, 2, 3, true, 0);
insert into follow_up_action (id, report_id, title, description_md, action_type, priority, status, owner_id, assigned_by, created_by, due_date, evidence_links, status_note, created_at, updated_at, closed_at, version, description_html)
values (1, 1, 'Add the introspection query to the API test suite', 'Run the introspection query in the API tests on every CI build, so that a broken schema fails the build instead of production.', 'DETECT', 'P1', 'VERIFIED', 1, 5, 5, date '2026-10-23', 'https://github.com/dgraph-io/dgraph/pull/6132
https://ci.example.com/slash/api-tests/runs/4812', 'The API suite now runs the introspection query against every build; a run with it broken failed.', timestamp with time zone '2026-10-03 08:00:00+00', timestamp with time zone '2026-10-22 08:00:00+00', timestamp with time zone '2026-10-22 08:00:00+00', 1, '<p>Run the introspection query in the API tests on every CI build, so that a broken schema fails the build instead of production.</p>
');
insert into follow_up_action (id, report_id, title, description_md, action_type, priority, status, owner_id, assigned_by, created_by, due_date, created_at, updated_at, version, description_html)
values (2, 1, 'Check the Slash image''s build date before updating the Alpha images', 'Before the Alpha images are updated, compare the build date of the `slash` image with the latest master, deploy it to staging and run the regression tests there.', 'PROCESS', 'P2', 'OPEN', 1, 5, 5, date '2026-10-28', timestamp with time zone '2026-10-03 08:00:00+00', timestamp with time zone '2026-10-03 08:00:00+00', 0, '<p>Before the Alpha images are updated, compare the build date of the <code>slash</code> image with the latest master, deploy it to staging and run the regression tests there.</p>
');
insert into action_change (id, action_id, field, to_value, changed_by, changed_at)
values (1, 1, 'STATUS', 'OPEN', 5, timestamp with time zone '2026-10-03 08:00:00+00');
insert into action_change (id, action_id, field, to_value, changed_by, changed_at)
values (2, 1, 'DUE_DATE', '2026-10-23', 5, timestamp with time zone '2026-10-03 08:00:00+00');
insert into action_change (id, action_id, field, to_value, changed_by, changed_at)
values (3, 1, 'OWNER', 'author', 5, timestamp with time zone '2026-10-03 08:00:00+00');
insert into action_change (id, action_id, field, from_value, to_value, note, changed_by, changed_at)
values (4, 1, 'STATUS', 'OPEN', 'DONE', 'The API suite now runs the introspection query against every build; a run with it broken failed.', 1, timestamp with time zone '2026-10-21 08:00:00+00');
insert into action_change (id, action_id, field, from_value, to_value, changed_by, changed_at)
values (5, 1, 'STATUS', 'DONE', 'VERIFIED', 5, timestamp with time zone '2026-10-22 08:00:00+00');
insert into action_change (id, action_id, field, to_value, changed_by, changed_at)
values (6, 2, 'STATUS', 'OPEN', 5, timestamp with time zone '2026-10-03 08:00:00+00');
insert into action_change (id, action_id, field, to_value, changed_by, changed_at)
values (7, 2, 'DUE_DATE', '2026-10-28', 5, timestamp with time zone '2026-10-03 08:00:00+00');
insert into action_change (id, action_id, field, to_value, changed_by, changed_at)
values (8, 2, 'OWNER', 'author', 5, timestamp with time zone '2026-10-03 08:00:00+00');
