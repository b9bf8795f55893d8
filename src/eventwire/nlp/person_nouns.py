"""Nouns that name one person by what they are or do ("a guardsman", "the mother", "a Paris man"):
read by the toll counter, the trigger guards and the resolution of a lead's described person."""
from __future__ import annotations

# Nouns for one person, with the endings of others ("guardsman", "motorcyclist")
PERSON_NOUNS = frozenset("""
    person individual civilian child kid baby infant toddler boy girl teen teenager youth adult man woman
    soldier officer trooper guard sergeant captain lieutenant colonel general commander marine sailor pilot
    fighter militant rebel insurgent jihadist attacker assailant bomber suspect driver motorist passenger
    pedestrian resident villager farmer shepherd student teacher doctor nurse medic paramedic firefighter
    worker employee contractor engineer official politician mayor governor leader chief emir cleric imam priest
    pastor monk nun worshipper pilgrim tourist refugee migrant prisoner inmate detainee hostage protester
    demonstrator father mother son daughter brother sister husband wife grandmother grandfather grandson
    granddaughter uncle aunt nephew niece cousin relative neighbor neighbour friend girlfriend boyfriend
    bystander victim customer shopkeeper owner vendor merchant trader miner hunter hiker rider player
    athlete citizen national foreigner spokesperson lawmaker judge lawyer reporter photographer
    bodyguard aide escort deputy sheriff agent colleague companion
    """.split())
PERSON_SUFFIXES = ("man", "woman", "ist")
