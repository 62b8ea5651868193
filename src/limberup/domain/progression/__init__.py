"""From retests and logs to the next week: advance, hold, maintain, regress or stop.

- ``history``: what each drill's record says (practice, pain, retest trends), from stored data;
- ``decisions``: the decision each record leads to, with its reason.
"""
