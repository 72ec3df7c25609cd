-- The baseline of `make bench`: the overdue rectification measures and reports (Art. 11) as
-- someone would compute them by hand in the sqlite3 shell, with the same arithmetic as talks:
-- N months after the talk ended, clamped to the month's last day (Civil Code Art. 202), then
-- moved off rest days (Art. 203). Prints rule|talk|due, one line each, as of 2026-11-21.
.bail on
.mode list
.separator |

-- Rest days and adjusted working days of 2025 and 2026, from the State Council notices.
CREATE TEMP TABLE holiday (day TEXT PRIMARY KEY, off INTEGER NOT NULL);
WITH RECURSIVE holidays (first, last) AS (
    VALUES
        ('2025-01-01', '2025-01-01'), ('2025-01-28', '2025-02-04'), ('2025-04-04', '2025-04-06'),
        ('2025-05-01', '2025-05-05'), ('2025-05-31', '2025-06-02'), ('2025-10-01', '2025-10-08'),
        ('2026-01-01', '2026-01-03'), ('2026-02-15', '2026-02-23'), ('2026-04-04', '2026-04-06'),
        ('2026-05-01', '2026-05-05'), ('2026-06-19', '2026-06-21'), ('2026-09-25', '2026-09-27'),
        ('2026-10-01', '2026-10-07')
), span (first, last, day) AS (
    SELECT first, last, first FROM holidays
    UNION ALL SELECT first, last, date(day, '+1 day') FROM span WHERE day < last
)
INSERT INTO holiday SELECT day, 1 FROM span;
INSERT INTO holiday VALUES
    ('2025-01-26', 0), ('2025-02-08', 0), ('2025-04-27', 0), ('2025-09-28', 0), ('2025-10-11', 0),
    ('2026-01-04', 0), ('2026-02-14', 0), ('2026-02-28', 0), ('2026-05-09', 0), ('2026-09-20', 0),
    ('2026-10-10', 0);

-- Every day that could be a due date, each with the first working day on or after it.
CREATE TEMP TABLE calendar (day TEXT PRIMARY KEY, working TEXT NOT NULL);
WITH RECURSIVE days (day) AS (
    SELECT '2026-01-01' UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < '2027-12-31'
), rest (day, off) AS (
    SELECT day, coalesce((SELECT off FROM holiday h WHERE h.day = days.day), strftime('%w', day) IN ('0', '6'))
    FROM days
)
INSERT INTO calendar
SELECT r.day, (SELECT min(w.day) FROM rest w WHERE w.day >= r.day AND w.off = 0) FROM rest r;

WITH deadline (rule, months, done) AS (
    VALUES ('measures-deadline', 1, 'measures_reported'), ('report-deadline', 3, 'report_reported')
), due AS (
    SELECT d.rule, t.id,
        CASE d.rule WHEN 'measures-deadline' THEN t.measures_reported ELSE t.report_reported END AS done,
        -- Same day-of-month N months on, or that month's last day when it has no such day.
        min(
            date(t.ended, 'start of month', '+' || d.months || ' months', '+' || (strftime('%d', t.ended) - 1) || ' days'),
            date(t.ended, 'start of month', '+' || (d.months + 1) || ' months', '-1 day')) AS plain
    FROM talk t, deadline d
    WHERE t.kind IN ('regular', 'timely') AND t.ended >= '2026-01-30'
)
SELECT due.rule, due.id, c.working
FROM due JOIN calendar c ON c.day = due.plain
WHERE due.done IS NULL AND c.working < '2026-11-21';
