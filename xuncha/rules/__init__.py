"""Provides the rules: the red flags inspectors look for, one module per rule.

``get_rules()`` lists them explicitly (no discovery by globbing), in the order
the scan runs and the documentation shows them. Each rule class carries its
id, Chinese name, severity, parameters and a docstring with fixed sections;
``base.Rule`` checks that convention when a rule module is imported.
"""

from __future__ import annotations

from functools import lru_cache

from xuncha.rules.base import Flag, Outcome, Rule
from xuncha.rules.context import ScanContext
from xuncha.rules.params import RulesFileError, load_params


@lru_cache(maxsize=1)
def _rule_classes() -> tuple[type[Rule], ...]:
    # Imported here, not at module level, so that ``import xuncha.rules`` stays cheap.
    from xuncha.rules.date_order import DateOrder
    from xuncha.rules.duplicate_payment import DuplicatePayment
    from xuncha.rules.large_cash import LargeCash
    from xuncha.rules.method_below_required import MethodBelowRequired
    from xuncha.rules.overpayment import Overpayment
    from xuncha.rules.payee_mismatch import PayeeMismatch
    from xuncha.rules.related_party import RelatedParty
    from xuncha.rules.repeat_vendor import RepeatVendor
    from xuncha.rules.resource_lease import ResourceLease
    from xuncha.rules.split_contract import SplitContract
    from xuncha.rules.threshold_hugging import ThresholdHugging
    from xuncha.rules.white_slip import WhiteSlip

    return (
        SplitContract, ThresholdHugging, MethodBelowRequired, RepeatVendor, RelatedParty, DateOrder,
        Overpayment, DuplicatePayment, LargeCash, WhiteSlip, ResourceLease, PayeeMismatch,
    )


def get_rules() -> list[Rule]:
    """Every rule, in scan and documentation order."""
    return [cls() for cls in _rule_classes()]


def get_rule(rule_id: str) -> Rule:
    for rule in get_rules():
        if rule.id == rule_id:
            return rule
    raise KeyError(rule_id)


def rule_names() -> dict[str, str]:
    """Rule id -> Chinese name (for lists, filters and the export)."""
    return {cls.id: cls.name for cls in _rule_classes()}


__all__ = ["Flag", "Outcome", "Rule", "RulesFileError", "ScanContext", "get_rule", "get_rules", "load_params",
           "rule_names"]
