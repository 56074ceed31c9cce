"""Provides the one place that keeps derived data in step with the records.

After an import or a batch removal, counterparty identities are regrouped and
the search index catches up. Both steps are idempotent and incremental, so a
crash between the import's commit and this refresh is mended by the next one.
"""

from __future__ import annotations

from xuncha.store import Store


def after_records_changed(store: Store) -> None:
    from xuncha import parties, search

    parties.regroup(store)
    search.update_index(store)
