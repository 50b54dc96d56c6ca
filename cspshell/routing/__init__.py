"""The routing core: which registrar a user's client reaches, and what it learns there.

A pure library over a ``Topology`` (what exists) and a ``LabState`` (what the instructor
did to it): no printing, no shell imports. docs/routing.md explains the model and every
rule with the seed's scenarios as worked examples.
"""
from .clients import ClientView, adopt_topology_caches, client_view
from .distribution import MachineShare, RoutingDistribution, distribute, pool_distribution
from .dns import A_NAMES, SRV_NAMES, Target, addresses, all_records, lookup, machine_of_address
from .hashing import Ranker, preferred_order, ranker_for, user_key, weight
from .labstate import LAB_EPOCH, REGISTRAR_SERVICE, ClientSettings, LabState
from .registrar import (
    AnswerKind, RegisterAnswer, Serving, UserPoolInfo, answer_register, backup_contact,
    home_registrar, preferred_machines, serving, user_pool_info,
)
from .resiliency import PoolStatus, Phase, ServiceMode, features, pool_status
from .signin import SignInResult, Step, StepKind, all_outcomes, sign_in
from .sip import SipMessage

__all__ = [
    "ClientView", "adopt_topology_caches", "client_view",
    "MachineShare", "RoutingDistribution", "distribute", "pool_distribution",
    "A_NAMES", "SRV_NAMES", "Target", "addresses", "all_records", "lookup", "machine_of_address",
    "Ranker", "preferred_order", "ranker_for", "user_key", "weight",
    "LAB_EPOCH", "REGISTRAR_SERVICE", "ClientSettings", "LabState",
    "AnswerKind", "RegisterAnswer", "Serving", "UserPoolInfo", "answer_register",
    "backup_contact", "home_registrar", "preferred_machines", "serving", "user_pool_info",
    "PoolStatus", "Phase", "ServiceMode", "features", "pool_status",
    "SignInResult", "Step", "StepKind", "all_outcomes", "sign_in", "SipMessage",
]
