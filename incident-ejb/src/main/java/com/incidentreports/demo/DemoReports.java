package com.incidentreports.demo;

import com.incidentreports.report.ImpactWindow;
import com.incidentreports.report.ReportContent;
import com.incidentreports.report.Severity;

/** The two incident reports of the Slash GraphQL thread (July 28 and August 5, 2020), as their authors wrote them. */
final class DemoReports {

    private DemoReports() {
    }

    static ReportContent introspection(ImpactWindow impact) {
        return new ReportContent(
                "Introspection query broken during the gRPC release",
                Severity.SEV2, impact, null,
                "All users of the Slash GraphQL service between 3:30 pm and 4:40 pm IST.",
                null,
                """
                During release of gRPC changes, midway we realised that the **Introspection Query** was broken \
                because of which the *Docs* section in API Explorer was not loading and GraphQL clients like \
                Altair were throwing a `no schema added` error.""",
                """
                During the release, we updated the Alpha image with the `slash` tag. We assumed that this would \
                be the most recent master. Our assumption was wrong and that caused an old bug (that was fixed \
                in the latest master) to show up in production.""",
                """
                All users who were using the Slash GraphQL service between 3:30 pm IST - 4:40 pm IST were \
                affected by this incident. The incident lasted a bit over an hour.""",
                """
                There are two things that we will do to make sure this does not happen again.

                1. We will check the slash image build date before we update the Alpha images, deploy it in \
                staging and thoroughly test it for any kind of regression.
                2. We will be adding the introspection query as part of our API Test suite that will run on our \
                CI. If the query fails, we will know about it.""");
    }

    static ReportContent inviteCredits(ImpactWindow impact) {
        return new ReportContent(
                "Invited sign-ups got zero credits after the OAuth release",
                Severity.SEV3, impact, 1L,
                "Users who signed up on Slash with an invite between 30th July and 5th August. One user was "
                        + "verified to have faced the problem.",
                "10K credits to the affected user",
                """
                When releasing OAuth logins, we introduced an error: users signing up with an invite were unable \
                to view or use their credits (as it was set to zero).""",
                """
                We missed a use-case when testing/implementing the OAuth changes and our regression suite was \
                unable to capture the error. We did not run this scenario manually as well. The case was assumed \
                to be covered in our automation suite, so no further tests were done manually.""",
                """
                All the users who signed up on Slash with an invite between 30th July - 5th August were affected \
                by this incident. We were able to verify that a single user faced this problem. The reported \
                problem has now been fixed and the user has been provided with 10K credits.""",
                """
                - Add more tests on both **unit test** level and **end to end** level to be able to automatically \
                catch such issues.
                - Improved vigilance on regression test cases is required for all manual test runs.""");
    }
}
