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

// The discussion under a report: quoting what the reader selected, and bringing the composer into view.
var IR = window.IR || {};
(function (IR) {
    var selection = {comment: null, text: ''};

    // Remembers the last passage selected inside a comment: clicking "Quote" may clear the selection itself.
    document.addEventListener('selectionchange', function () {
        var current = window.getSelection();
        if (!current || current.isCollapsed || !current.anchorNode) {
            return;
        }
        var node = current.anchorNode.nodeType === 1 ? current.anchorNode : current.anchorNode.parentElement;
        var body = node && node.closest ? node.closest('[data-comment]') : null;
        if (body) {
            selection = {comment: body.getAttribute('data-comment'), text: current.toString()};
        }
    });

    // Quotes the selected passage of comment id, or the whole comment when nothing of it is selected.
    IR.quote = function (id) {
        var text = String(selection.comment) === String(id) ? selection.text : '';
        selection = {comment: null, text: ''};
        quoteCommand([{name: 'commentId', value: String(id)}, {name: 'text', value: text}]);
    };

    // The links under each comment (comment.xhtml) run the discussion's commands (discussion.xhtml) for that comment.
    var commands = {
        like: 'likeCommentCommand', reply: 'replyCommand', edit: 'editCommand', hide: 'hideCommand',
        revisions: 'revisionsCommand'
    };
    var deleting = null;

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('[data-comment-action]') : null;
        var comment = link ? link.closest('[data-comment-id]') : null;
        if (!comment) {
            return;
        }
        event.preventDefault();
        var id = comment.getAttribute('data-comment-id');
        var action = link.getAttribute('data-comment-action');
        if (action === 'quote') {
            IR.quote(id);
        } else if (action === 'delete') {
            deleting = id;
            PF('deleteDialog').show();
        } else if (commands[action]) {
            window[commands[action]]([{name: 'commentId', value: id}]);
        }
    });

    // "Yes, delete" in the dialog that asked (discussion.xhtml).
    document.addEventListener('click', function (event) {
        if (!event.target.closest || !event.target.closest('[data-confirms-delete]')) {
            return;
        }
        PF('deleteDialog').hide();
        if (deleting !== null) {
            deleteCommand([{name: 'commentId', value: deleting}]);
            deleting = null;
        }
    });

    IR.focusComposer = function () {
        var composer = document.getElementById('discussion:body');
        if (composer) {
            composer.scrollIntoView({behavior: 'smooth', block: 'center'});
            composer.focus();
            composer.setSelectionRange(composer.value.length, composer.value.length);
        }
    };
    window.IR = IR;
})(IR);

// Copies the text of a read-only field (a new API token: the button's data-copies names the field) and says so on
// the button; over plain http, where the clipboard API is not offered, the field's text is selected and copied the
// old way. A field marked data-select-on-focus is selected whole when it gets the focus.
(function () {
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copies]') : null;
        var field = button ? document.getElementById(button.getAttribute('data-copies')) : null;
        if (!field) {
            return;
        }
        var said = function () {
            button.setAttribute('data-copied', 'true');
            var label = button.querySelector('.ui-button-text') || button;
            label.textContent = button.getAttribute('data-copied-label');
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(said, function () {
                field.select();
            });
        } else {
            field.select();
            if (document.execCommand('copy')) {
                said();
            }
        }
    });

    document.addEventListener('focusin', function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute('data-select-on-focus')) {
            event.target.select();
        }
    });
})();

// Buttons that only open or close a dialog name it (data-dialog-show, data-dialog-hide) instead of carrying an
// onclick script, which the Content-Security-Policy would block.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-dialog-show], [data-dialog-hide]') : null;
    if (button) {
        var shown = button.getAttribute('data-dialog-show');
        var dialog = PF(shown || button.getAttribute('data-dialog-hide'));
        if (shown) {
            dialog.show();
        } else {
            dialog.hide();
        }
    }
});

// While the database cannot be reached the server answers the page's requests 503: the layout's notice says so, and
// the page, with whatever was typed into it, stays as it was. The next request that succeeds takes the notice away.
document.addEventListener('DOMContentLoaded', function () {
    var notice = document.getElementById('database-unreachable-notice');
    if (!notice || !window.jQuery) {
        return;
    }
    window.jQuery(document).on('pfAjaxError', function (event, xhr) {
        if (xhr && xhr.status === 503) {
            notice.hidden = false;
        }
    }).on('pfAjaxSuccess', function () {
        notice.hidden = true;
    });
});

// A page given back after it had expired (platform/web/ExpiredPages): the first field the person had typed into comes
// into view with the cursor at the end of their text, beside the word that nothing was saved, and its preview shows.
document.addEventListener('DOMContentLoaded', function () {
    var kept = document.querySelector('[data-kept-input]');
    if (kept) {
        kept.scrollIntoView({block: 'center'});
        kept.focus();
        if (typeof kept.setSelectionRange === 'function' && typeof kept.value === 'string') {
            try {
                kept.setSelectionRange(kept.value.length, kept.value.length);
            } catch (e) {
                // An input type without a text cursor.
            }
        }
        // A Markdown field's preview follows its keystrokes: show the kept text's preview as if it had been typed.
        kept.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
    }
});

// "Print" in a report's Export menu prints the page (its print stylesheet leaves out header, bell and buttons).
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-print]') : null;
    if (button) {
        button.closest('details') && button.closest('details').removeAttribute('open');
        window.print();
    }
});
