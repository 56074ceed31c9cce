"""Provides the one place that keeps derived data in step with the records.

After an import or a batch removal, counterparty identities are regrouped and
the search index catches up. Both steps are idempotent and incremental, so a
crash between the import's commit and this refresh is mended by the next one.

The store keeps a token that changes with every batch added or removed
(``store.BATCHES_GENERATION``), and the refresh notes the token it caught up
with. When the refresh could not run (the store was busy right after an
import committed), ``refresh_if_stale`` sees the difference and catches up
before the next scan or workbench session relies on the parties.
"""

from __future__ import annotations

from xuncha.store import BATCHES_GENERATION, Store

REFRESHED_FOR = "derived_for"
"""Meta key: the batches token that counterparties and the search index were last brought up to."""


def after_records_changed(store: Store) -> None:
    from xuncha import parties, search

    generation = store.get_meta(BATCHES_GENERATION)
    parties.regroup(store)
    search.update_index(store)
    # An import that commits meanwhile changes the token again: the next check catches it.
    store.set_meta(REFRESHED_FOR, generation or "")


def is_stale(store: Store) -> bool:
    """Whether batches were added or removed since the last refresh."""
    return (store.get_meta(BATCHES_GENERATION) or "") != (store.get_meta(REFRESHED_FOR) or "")


def refresh_if_stale(store: Store) -> bool:
    """Catch up if an earlier refresh could not run; returns whether it had to."""
    if not is_stale(store):
        return False
    after_records_changed(store)
    return True
