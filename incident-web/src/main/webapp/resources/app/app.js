// Tells the server the viewer's time zone, so times are shown and typed in it.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('tz=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        // An old browser without Intl: times stay in UTC, which the pages say.
    }
})();
